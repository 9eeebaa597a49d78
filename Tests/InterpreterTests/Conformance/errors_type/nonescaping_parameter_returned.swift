func identity(_ h: (Int) -> Int) -> (Int) -> Int { h }
print(identity { $0 + 1 }(2))
// expect error: 1:52 using non-escaping parameter 'h' in a context expecting an '@escaping' closure
