let d: [String: Int] = [:]
let v = d["missing"]!
// expect error: 2:21 unexpectedly found nil while unwrapping an Optional value
