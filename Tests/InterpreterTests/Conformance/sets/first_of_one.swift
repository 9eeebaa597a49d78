// A set of one element has a first element that does not depend on its order.
let classes: Set = ["cat"]
let empty = Set<Int>()
print(classes.first!, empty.first as Any, classes.first == "cat")
// expect: cat nil true
