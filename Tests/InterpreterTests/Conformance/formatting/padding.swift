print("[" + "abc".padding(toLength: 6, withPad: ".", startingAt: 0) + "]")
print("[" + "abc".padding(toLength: 8, withPad: "-=", startingAt: 1) + "]")
print("[" + "abcdef".padding(toLength: 3, withPad: " ", startingAt: 0) + "]")
print("[" + "abc".padding(toLength: 0, withPad: " ", startingAt: 0) + "]")
let names = ["SGD", "Adam", "RMSprop"]
for n in names {
    print(n.padding(toLength: 8, withPad: " ", startingAt: 0) + "|")
}
// expect: [abc...]
// expect: [abc=-=-=]
// expect: [abc]
// expect: []
// expect: SGD     |
// expect: Adam    |
// expect: RMSprop |
