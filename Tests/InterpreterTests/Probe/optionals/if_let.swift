let input: String? = "42"
if let s = input, let n = Int(s) {
    print("parsed", n)
} else {
    print("nothing")
}
let missing: Int? = nil
if let m = missing { print(m) } else { print("missing is nil") }
