typealias Field<T: BinaryFloatingPoint> = ([T]) -> [T]
let f: Field<Int> = { $0 }
// expect error: 2:8 type 'Int' does not conform to protocol 'BinaryFloatingPoint'
