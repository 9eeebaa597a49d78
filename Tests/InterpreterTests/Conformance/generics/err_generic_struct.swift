struct Stack<Element> {
    var items: [Element] = []
}
// expect error: 1:13 not supported in experiment blocks: generics
