protocol Holder { associatedtype Value; var value: Value { get } }
extension Holder where Value == Int { func isBig() -> Bool { value > 10 } }
struct TextBox: Holder { var value = "hi" }
print(TextBox().isBig())
// expect error: 4:17 referencing instance method 'isBig()' on 'Holder' requires the types 'String' and 'Int' be equivalent
