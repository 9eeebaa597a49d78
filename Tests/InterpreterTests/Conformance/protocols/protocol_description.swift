protocol Token: CustomStringConvertible {
    var text: String { get }
}
extension Token {
    var description: String { "[" + text + "]" }
}
struct Word: Token { var text: String }
let tokens: [any Token] = [Word(text: "a"), Word(text: "b")]
print(Word(text: "x"), tokens.map { $0.description })
// expect: [x] ["[a]", "[b]"]
