let r = 2..<5
print(Range(r))
// expect error: 2:7 'init(_:)' is unavailable: CountableRange is now a Range. No need to convert any more.
