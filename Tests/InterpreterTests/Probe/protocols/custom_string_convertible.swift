struct Complex: CustomStringConvertible {
    var re: Double
    var im: Double
    var description: String {
        im >= 0 ? "\(re)+\(im)i" : "\(re)\(im)i"
    }
}
print(Complex(re: 1, im: 2))
print(Complex(re: 0.5, im: -1.5))
print("z = \(Complex(re: 3, im: 0))")
