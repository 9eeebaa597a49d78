enum Token {
    case number(Int)
    case word(String)
}
let tokens: [Token] = [.number(3), .word("x"), .number(4), .word("y")]
for case .number(let n) in tokens {
    print(n)
}
var words: [String] = []
for case let .word(w) in tokens { words.append(w) }
print(words)
