struct T { var rows: [[Double]]
func set() { rows[0][0] = 1 } }
// expect error: 2:21 cannot assign through subscript: 'self' is immutable
