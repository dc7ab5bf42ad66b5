package obiettivi

import "pianoperformance/ui/field"

// cols lays out one row of a sub-table (see field.Cols).
type cols = field.Cols
