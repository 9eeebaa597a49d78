let xs: [Double]? = nil
print(xs.map { $0 }.count)
// expect error: 2:19 value of optional type '[Double]?' must be unwrapped to refer to member 'count' of wrapped base type '[Double]'
