struct ValidationError: Error, CustomStringConvertible {
    let field: String
    var description: String { "invalid \(field)" }
}
func validate(age: Int) throws {
    if age < 0 { throw ValidationError(field: "age") }
}
do {
    try validate(age: 5)
    try validate(age: -1)
} catch let e as ValidationError {
    print(e, e.field)
} catch {
    print("unknown")
}
