func greet(_ name: String) {
    if name.isEmpty { return }
    print("hello", name)
}
greet("")
greet("world")
// expect: hello world
