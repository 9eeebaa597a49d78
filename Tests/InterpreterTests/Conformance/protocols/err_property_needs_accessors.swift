protocol Named {
    var name: String
}
// expect error: 2:9 property in protocol must have explicit { get } or { get set } specifier
