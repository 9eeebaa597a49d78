enum Token { case num(Double), op(Character) }
func evalRPN(_ ts: [Token]) -> Double? {
  var st: [Double] = []
  for t in ts { switch t {
    case .num(let v): st.append(v)
    case .op(let o): guard st.count >= 2 else { return nil }; let b = st.removeLast(), a = st.removeLast()
      switch o { case "+": st.append(a + b); case "-": st.append(a - b); case "*": st.append(a * b); case "/": st.append(a / b); default: return nil } } }
  return st.last
}
print(evalRPN([.num(3), .num(4), .op("+"), .num(2), .op("/")]) as Any, evalRPN([.op("+")]) as Any)
