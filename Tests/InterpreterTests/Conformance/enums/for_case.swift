enum Token { case number(Int), plus, name(String) }
let tokens: [Token] = [.number(3), .plus, .name("x"), .number(4)]
var sum = 0
for case .number(let n) in tokens { sum += n }
print(sum)
let maybe: [Int?] = [1, nil, 3, nil]
for case let x? in maybe { print(x) }
for case let .name(s) in tokens where s.count == 1 { print("name", s) }
// expect: 7
// expect: 1
// expect: 3
// expect: name x
