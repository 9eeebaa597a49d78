for n in 1...15 {
    if n.isMultiple(of: 15) { print("FizzBuzz") }
    else if n.isMultiple(of: 3) { print("Fizz") }
    else if n.isMultiple(of: 5) { print("Buzz") }
    else { print(n) }
}
