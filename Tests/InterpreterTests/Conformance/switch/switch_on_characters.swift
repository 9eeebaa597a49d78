// Switching on Characters and Substrings: literal, range and optional patterns.
let sub = "hello".dropFirst()
switch sub {
case "ello": print("matched")
default: print("no")
}
let c: Character = "x"
if case "x" = c { print("x!") }
switch c {
case "a", "e", "i", "o", "u": print("vowel")
case "x"..."z": print("late")
default: print("other")
}
for ch in "a1 " {
    switch ch {
    case let d where d.isNumber: print("digit", d)
    case " ": print("space")
    default: print("letter", ch)
    }
}
let word: Substring? = "hi".prefix(1)
switch word {
case "h"?: print("h")
default: print("?")
}
// expect: matched
// expect: x!
// expect: late
// expect: letter a
// expect: digit 1
// expect: space
// expect: h
