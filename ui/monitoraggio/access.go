package monitoraggio

// mayEdit tells whether the user may change column col of grid row r. A
// plan open read-only changes nothing; on a plan on a database server a
// Responsabile di Area writes the readings of their Area's objectives,
// not the indicators of the ente nor an override of the degree; the
// server refuses the rest anyway, and the role bar says why.
func (sc *Screen) mayEdit(r, col int) bool {
	switch {
	case sc.s.ReadOnly():
		return false
	case sc.s.CanEditAll():
		return true
	case r < 0 || r >= len(sc.rows) || sc.rows[r].ob == nil || col == colMano:
		return false
	}
	return sc.s.CanEditReadings(sc.rows[r].ob)
}
