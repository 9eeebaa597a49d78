let v: Int? = nil
let text = switch v {
case .some(let n): "value \(n)"
case .none: "nothing"
}
print(text)
// expect: nothing
