let inputs = ["42", "-7", "3.5", "abc", ""]
for s in inputs {
    if let n = Int(s) {
        print("int", n)
    } else if let d = Double(s) {
        print("double", d)
    } else {
        print("not a number: '\(s)'")
    }
}
