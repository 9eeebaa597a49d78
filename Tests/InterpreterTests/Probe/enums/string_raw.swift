enum Method: String {
    case gradientDescent = "gd"
    case newton
}
print(Method.gradientDescent.rawValue, Method.newton.rawValue)
print(Method(rawValue: "newton")!)
