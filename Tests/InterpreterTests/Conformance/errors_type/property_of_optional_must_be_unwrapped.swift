let s: String? = "a"
print(s.count)
// expect error: 2:7 value of optional type 'String?' must be unwrapped to refer to member 'count'
