"""osint"""
