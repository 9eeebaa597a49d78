var total: Int
print(total)
// expect error: 2:7 variable 'total' used before being initialized
