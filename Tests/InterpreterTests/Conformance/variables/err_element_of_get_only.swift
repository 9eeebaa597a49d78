var base = [1.0, 2.0]
var doubled: [Double] { base.map { $0 * 2 } }
doubled[0] = 1
// expect error: 3:8 cannot assign through subscript: 'doubled' is a get-only property
