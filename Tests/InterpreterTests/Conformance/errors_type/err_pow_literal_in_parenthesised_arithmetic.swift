let b = (pow(2.0, 3) + 1) / 2
print(b)
// expect error: 1:10 ambiguous use of 'pow'
