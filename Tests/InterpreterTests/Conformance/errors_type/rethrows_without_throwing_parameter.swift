func runAll(_ fs: [() throws -> Double]) rethrows -> [Double] { try fs.map { try $0() } }
print(try runAll([{ 1.0 }, { 2.0 }]))
// expect error: 1:42 'rethrows' function must take a throwing function argument
