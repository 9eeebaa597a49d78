struct Stack<Element> { var items: [Element] = [] }
print(type(of: Stack<Int>()))
print(type(of: Stack(items: ["a"])))
// expect: Stack<Int>
// expect: Stack<String>
