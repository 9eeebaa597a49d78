let limit = 2.0
struct Box {
    static let limit = 5.0
    func show() { print(limit) }
}
Box().show()
// expect error: 4:25 static member 'limit' cannot be used on instance of type 'Box'
