package obiettivi

import "pianoperformance/ui/field"

// cols is field.Cols, the screen's row layout.
type cols = field.Cols
