// Strings put into `Any` from variables and expressions whose type is `String`.
let name = "weave"
let label: String = name.uppercased()
let joined = ["a", "b"].joined(separator: "-")
var record: [String: Any] = ["name": name, "label": label, "joined": joined, "count": 2]
record["greeting"] = "hello, " + name
record["text"] = String(42)
for key in record.keys.sorted() {
    if let s = record[key] as? String { print(key, s, type(of: record[key]!)) } else { print(key, "not a string") }
}
// expect: count not a string
// expect: greeting hello, weave String
// expect: joined a-b String
// expect: label WEAVE String
// expect: name weave String
// expect: text 42 String
