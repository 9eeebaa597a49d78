struct Vec: RandomAccessCollection {
    var xs: [Double]
    var startIndex: Int { 0 }
    var endIndex: Int { xs.count }
}
// expect error: 1:8 type 'Vec' does not conform to protocol 'RandomAccessCollection'
