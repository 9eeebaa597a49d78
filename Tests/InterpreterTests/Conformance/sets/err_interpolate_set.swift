let s = Set(["a", "b"])
let text = "members: \(s)"
// expect error: 2:24 a Set prints its elements in an order that changes from run to run in Swift
