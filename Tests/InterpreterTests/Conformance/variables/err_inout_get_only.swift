var count: Int { 3 }
func bump(_ n: inout Int) { n += 1 }
bump(&count)
// expect error: 3:6 cannot pass immutable value as inout argument: 'count' is a get-only property
