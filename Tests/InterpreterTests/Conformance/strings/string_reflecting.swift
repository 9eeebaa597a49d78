struct Pt { var x = 1.0; var y = 2 }
print(String(describing: Pt()))
print(String(reflecting: Pt()))
print(String(reflecting: "a\"b"), String(reflecting: 1.5))
debugPrint("hi", 1, [1.0])
debugPrint(Pt())
// expect: Pt(x: 1.0, y: 2)
// expect: main.Pt(x: 1.0, y: 2)
// expect: "a\"b" 1.5
// expect: "hi" 1 [1.0]
// expect: main.Pt(x: 1.0, y: 2)
