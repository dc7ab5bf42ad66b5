package sqlite

// testHooks are for the power-cut test alone, which routes the store through
// its simulated disk: dsn rewrites the connection string of the read-write
// connection (and, to prove that test has teeth, can switch synchronous
// off); network makes every file count as on a network share, so the store
// picks the rollback journal. In the program they stay at their zero
// values; no user path can set them.
var testHooks struct {
	dsn     func(string) string
	network bool
}

// hookDSN is the connection string after the test hook, if any.
func hookDSN(dsn string) string {
	if testHooks.dsn != nil {
		return testHooks.dsn(dsn)
	}
	return dsn
}
