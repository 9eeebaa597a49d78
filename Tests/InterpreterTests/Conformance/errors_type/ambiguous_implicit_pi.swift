let angle = 2 * .pi
print(angle)
// expect error: 1:18 ambiguous use of 'pi'
