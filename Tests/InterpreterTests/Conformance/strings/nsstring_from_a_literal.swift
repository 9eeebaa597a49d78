let s: NSString = "hello"
print(s.length, s)
let t: NSString? = "abc"
print(t!.length)
// expect: 5 hello
// expect: 3
