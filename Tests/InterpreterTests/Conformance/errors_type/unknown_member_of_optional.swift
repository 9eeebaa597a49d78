let m: Double? = 1
print(m.foo())
// expect error: 2:9 value of type 'Double?' has no member 'foo'
