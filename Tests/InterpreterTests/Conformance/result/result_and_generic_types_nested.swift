struct Box<T> { var v: T }
print([Box(v: 1)], [Box(v: [1])], [Box<Int?>(v: nil)])
print(Box(v: [1, 2]))
enum E: Error { case bad(Int) }
let r: Result<Int, E> = .success(6)
print([r], r, [Result<Int, E>.failure(.bad(2))])
print(type(of: r), [type(of: r)])
// expect: [main.Box<Swift.Int>(v: 1)] [main.Box<Swift.Array<Swift.Int>>(v: [1])] [main.Box<Swift.Optional<Swift.Int>>(v: nil)]
// expect: Box<Array<Int>>(v: [1, 2])
// expect: [Swift.Result<Swift.Int, main.E>.success(6)] success(6) [Swift.Result<Swift.Int, main.E>.failure(main.E.bad(2))]
// expect: Result<Int, E> [Swift.Result<Swift.Int, main.E>]
