let greeting = "Hello"
let name = "World"
let message = greeting + ", " + name + "!"
print(message)
print(message.count)
print(message.uppercased())
print(message.lowercased())
print(message.isEmpty, "".isEmpty)
