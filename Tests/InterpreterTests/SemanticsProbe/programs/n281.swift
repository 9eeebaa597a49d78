struct Stack<T> { var a: [T] = []
  mutating func push(_ x: T) { a.append(x) }
  mutating func pop() -> T? { a.popLast() }
  var top: T? { a.last } }
func balanced(_ s: String) -> Bool {
  var st = Stack<Character>(); let pairs: [Character: Character] = [")": "(", "]": "[", "}": "{"]
  for c in s { if "([{".contains(c) { st.push(c) } else if let o = pairs[c] { if st.pop() != o { return false } } }
  return st.top == nil
}
print(["()[]{}", "([)]", "((", "{[()()]}", ""].map(balanced))
