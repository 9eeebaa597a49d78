struct S {
    var store = [1]
    var comp: [Int]? {
        get { store }
        set { store = newValue ?? [] }
    }
}
var s = S()
s.comp?.append(5)
// expect error: 9:1 not supported in experiment blocks: changing a value through optional chaining after a computed property
