package postgres

// MigrateTo is for the tests of an upgrade, which stop at an older schema.
var MigrateTo = migrateTo
