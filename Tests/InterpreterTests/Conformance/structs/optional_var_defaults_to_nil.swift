struct Entry {
    var key: String
    var note: String?
}
let e = Entry(key: "a")
let f = Entry(key: "b", note: "x")
print(e.note == nil, f.note!)
// expect: true x
