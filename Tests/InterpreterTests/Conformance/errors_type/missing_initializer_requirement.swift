protocol Shape { init(size: Double) }
struct Tri: Shape { var n: Int }
// expect error: 2:8 type 'Tri' does not conform to protocol 'Shape'
