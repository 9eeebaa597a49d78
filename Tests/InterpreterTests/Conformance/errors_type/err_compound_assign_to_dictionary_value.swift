var counts: [String: Double] = [:]
counts["adam"] += 1
// expect error: 2:7 value of optional type 'Double?' must be unwrapped to a value of type 'Double'
